package ci.esanalysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

import java.util.function.IntPredicate;

/** Tokenizers re-implemented from Elasticsearch's analysis-common module. */
public final class Tokenizers {
    private Tokenizers() {}

    @NamedComponent("ngram")
    public static class NGram implements TokenizerFactory {
        private final int minGram;
        private final int maxGram;
        private final IntPredicate tokenChars;

        @Inject
        public NGram(Settings.NGramTokenizer settings) {
            this.minGram = settings.minGram();
            this.maxGram = settings.maxGram();
            this.tokenChars = TokenChars.parse(settings.tokenChars(), settings.customTokenChars());
            TokenFilters.checkGrams(minGram, maxGram);
        }

        @Override
        public Tokenizer create() {
            if (tokenChars == null) {
                return new NGramTokenizer(minGram, maxGram);
            }
            return new NGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            };
        }
    }

    @NamedComponent("edge_ngram")
    public static class EdgeNGram implements TokenizerFactory {
        private final int minGram;
        private final int maxGram;
        private final IntPredicate tokenChars;

        @Inject
        public EdgeNGram(Settings.NGramTokenizer settings) {
            this.minGram = settings.minGram();
            this.maxGram = settings.maxGram();
            this.tokenChars = TokenChars.parse(settings.tokenChars(), settings.customTokenChars());
            TokenFilters.checkGrams(minGram, maxGram);
        }

        @Override
        public Tokenizer create() {
            if (tokenChars == null) {
                return new EdgeNGramTokenizer(minGram, maxGram);
            }
            return new EdgeNGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            };
        }
    }

    @NamedComponent("lowercase")
    public static class Lowercase implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new LowerCaseLetterTokenizer();
        }
    }

    @NamedComponent("letter")
    public static class Letter implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new LetterTokenizer();
        }
    }

    @NamedComponent("whitespace")
    public static class Whitespace implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new WhitespaceTokenizer();
        }
    }

    @NamedComponent("keyword")
    public static class Keyword implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new KeywordTokenizer();
        }
    }

    @NamedComponent("classic")
    public static class Classic implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new ClassicTokenizer();
        }
    }

    @NamedComponent("uax_url_email")
    public static class UaxUrlEmail implements TokenizerFactory {
        @Override
        public Tokenizer create() {
            return new UAX29URLEmailTokenizer();
        }
    }
}
