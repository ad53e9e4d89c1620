package ci.esanalysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

import java.util.List;

/**
 * Settings interfaces injected by Elasticsearch's stable plugin API. Paths and
 * defaults follow the equivalent components of Elasticsearch's analysis-common
 * module.
 */
public final class Settings {
    private Settings() {}

    @AnalysisSettings
    public interface PreserveOriginal {
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    @AnalysisSettings
    public interface NGramFilter {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();

        /** edge_ngram only: "front" (default) or "back". */
        @StringSetting(path = "side", defaultValue = "front")
        String side();
    }

    @AnalysisSettings
    public interface NGramTokenizer {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();

        /** letter, digit, whitespace, punctuation, symbol, custom; empty = keep all chars. */
        @ListSetting(path = "token_chars")
        List<String> tokenChars();

        @StringSetting(path = "custom_token_chars", defaultValue = "")
        String customTokenChars();
    }

    @AnalysisSettings
    public interface Language {
        @StringSetting(path = "language", defaultValue = "English")
        String language();
    }

    @AnalysisSettings
    public interface HtmlStrip {
        @ListSetting(path = "escaped_tags")
        List<String> escapedTags();
    }
}
