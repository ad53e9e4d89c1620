package ci.esanalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/** The "token_chars" classes of Elasticsearch's n-gram tokenizers. */
final class TokenChars {
    private TokenChars() {}

    /** Returns null when every character belongs to tokens (no token_chars given). */
    static IntPredicate parse(List<String> classes, String custom) {
        if (classes == null || classes.isEmpty()) {
            return null;
        }
        List<IntPredicate> parts = new ArrayList<>();
        for (String c : classes) {
            switch (c.trim().toLowerCase(Locale.ROOT)) {
                case "letter":
                    parts.add(TokenChars::isLetter);
                    break;
                case "digit":
                    parts.add(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
                    break;
                case "whitespace":
                    parts.add(Character::isWhitespace);
                    break;
                case "punctuation":
                    parts.add(TokenChars::isPunctuation);
                    break;
                case "symbol":
                    parts.add(TokenChars::isSymbol);
                    break;
                case "custom":
                    if (custom == null || custom.isEmpty()) {
                        throw new IllegalArgumentException("token_chars [custom] requires custom_token_chars");
                    }
                    int[] cps = custom.codePoints().toArray();
                    parts.add(cp -> {
                        for (int x : cps) {
                            if (x == cp) return true;
                        }
                        return false;
                    });
                    break;
                default:
                    throw new IllegalArgumentException("unknown token_chars class [" + c + "]");
            }
        }
        return cp -> {
            for (IntPredicate p : parts) {
                if (p.test(cp)) return true;
            }
            return false;
        };
    }

    static boolean isLetter(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
                return true;
            default:
                return false;
        }
    }

    static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    static boolean isSymbol(int cp) {
        switch (Character.getType(cp)) {
            case Character.CURRENCY_SYMBOL:
            case Character.MATH_SYMBOL:
            case Character.OTHER_SYMBOL:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
