package ci.esanalysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;

/**
 * Splits on non-letters and lower-cases, like Elasticsearch's "lowercase"
 * tokenizer (Lucene 9 no longer ships LowerCaseTokenizer). Reads the whole
 * field value at once: fine for the field sizes a test suite indexes.
 */
final class LowerCaseLetterTokenizer extends Tokenizer {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private String text;
    private int pos;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = input.read(buf)) != -1; ) {
                sb.append(buf, 0, n);
            }
            text = sb.toString();
            pos = 0;
        }
        while (pos < text.length() && !TokenChars.isLetter(text.codePointAt(pos))) {
            pos += Character.charCount(text.codePointAt(pos));
        }
        if (pos >= text.length()) {
            return false;
        }
        int start = pos;
        while (pos < text.length() && TokenChars.isLetter(text.codePointAt(pos))) {
            int cp = Character.toLowerCase(text.codePointAt(pos));
            termAtt.append(new String(Character.toChars(cp)));
            pos += Character.charCount(text.codePointAt(pos));
        }
        offsetAtt.setOffset(correctOffset(start), correctOffset(pos));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text == null ? 0 : text.length());
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        pos = 0;
    }
}
