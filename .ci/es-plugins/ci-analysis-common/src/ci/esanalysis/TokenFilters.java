package ci.esanalysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

import java.util.Locale;

/** Token filters re-implemented from Elasticsearch's analysis-common module. */
public final class TokenFilters {
    private TokenFilters() {}

    static void checkGrams(int minGram, int maxGram) {
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException(
                "invalid n-gram sizes: min_gram=" + minGram + ", max_gram=" + maxGram);
        }
    }

    @NamedComponent("asciifolding")
    public static class AsciiFolding implements TokenFilterFactory {
        private final boolean preserveOriginal;

        @Inject
        public AsciiFolding(Settings.PreserveOriginal settings) {
            this.preserveOriginal = settings.preserveOriginal();
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ASCIIFoldingFilter(in, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            return new ASCIIFoldingFilter(in, false);
        }
    }

    @NamedComponent("lowercase")
    public static class Lowercase implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new LowerCaseFilter(in);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            return create(in);
        }
    }

    @NamedComponent("uppercase")
    public static class Uppercase implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new UpperCaseFilter(in);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            return create(in);
        }
    }

    @NamedComponent("trim")
    public static class Trim implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new TrimFilter(in);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            return create(in);
        }
    }

    @NamedComponent("reverse")
    public static class Reverse implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new ReverseStringFilter(in);
        }
    }

    @NamedComponent("ngram")
    public static class NGram implements TokenFilterFactory {
        private final int minGram;
        private final int maxGram;
        private final boolean preserveOriginal;

        @Inject
        public NGram(Settings.NGramFilter settings) {
            this.minGram = settings.minGram();
            this.maxGram = settings.maxGram();
            this.preserveOriginal = settings.preserveOriginal();
            checkGrams(minGram, maxGram);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new NGramTokenFilter(in, minGram, maxGram, preserveOriginal);
        }
    }

    @NamedComponent("edge_ngram")
    public static class EdgeNGram implements TokenFilterFactory {
        private final int minGram;
        private final int maxGram;
        private final boolean preserveOriginal;
        private final boolean back;

        @Inject
        public EdgeNGram(Settings.NGramFilter settings) {
            this.minGram = settings.minGram();
            this.maxGram = settings.maxGram();
            this.preserveOriginal = settings.preserveOriginal();
            String side = settings.side().toLowerCase(Locale.ROOT);
            if (!side.equals("front") && !side.equals("back")) {
                throw new IllegalArgumentException("invalid side [" + side + "], expected front or back");
            }
            this.back = side.equals("back");
            checkGrams(minGram, maxGram);
        }

        @Override
        public TokenStream create(TokenStream in) {
            // As in Elasticsearch: "back" grams are front grams of the reversed token.
            TokenStream result = back ? new ReverseStringFilter(in) : in;
            result = new EdgeNGramTokenFilter(result, minGram, maxGram, preserveOriginal);
            return back ? new ReverseStringFilter(result) : result;
        }
    }

    @NamedComponent("porter_stem")
    public static class PorterStem implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new PorterStemFilter(in);
        }
    }

    @NamedComponent("kstem")
    public static class KStem implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream in) {
            return new KStemFilter(in);
        }
    }

    /** English variants of the stemmer filter; other languages fall back to Snowball stemmers. */
    @NamedComponent("stemmer")
    public static class Stemmer implements TokenFilterFactory {
        private final String language;

        @Inject
        public Stemmer(Settings.Language settings) {
            this.language = settings.language().toLowerCase(Locale.ROOT);
            create(new KeywordTokenizer()); // fail fast on unknown languages
        }

        @Override
        public TokenStream create(TokenStream in) {
            switch (language) {
                case "english":
                case "porter":
                    return new PorterStemFilter(in);
                case "light_english":
                case "kstem":
                    return new KStemFilter(in);
                case "minimal_english":
                    return new EnglishMinimalStemFilter(in);
                case "possessive_english":
                    return new EnglishPossessiveFilter(in);
                default:
                    return Snowball.filter(in, language);
            }
        }
    }

    @NamedComponent("snowball")
    public static class Snowball implements TokenFilterFactory {
        private final String language;

        @Inject
        public Snowball(Settings.Language settings) {
            this.language = settings.language();
            filter(new KeywordTokenizer(), language); // fail fast on unknown languages
        }

        static TokenStream filter(TokenStream in, String language) {
            String name = language.isEmpty()
                ? language
                : language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1).toLowerCase(Locale.ROOT);
            return new SnowballFilter(in, name);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return filter(in, language);
        }
    }
}
