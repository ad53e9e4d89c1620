package ci.esanalysis;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/** Char filters re-implemented from Elasticsearch's analysis-common module. */
public final class CharFilters {
    private CharFilters() {}

    @NamedComponent("html_strip")
    public static class HtmlStrip implements CharFilterFactory {
        private final Set<String> escapedTags;

        @Inject
        public HtmlStrip(Settings.HtmlStrip settings) {
            this.escapedTags = settings.escapedTags() == null ? Set.of() : new HashSet<>(settings.escapedTags());
        }

        @Override
        public Reader create(Reader reader) {
            return new HTMLStripCharFilter(reader, escapedTags.isEmpty() ? null : escapedTags);
        }
    }
}
