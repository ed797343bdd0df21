package org.zhijian.enterprise.domain;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters
 * from a 31-character alphabet, the last a check character over the first 17.
 * Parsed once at the edge; everything inward carries this type.
 */
public final class SocialCreditCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private SocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Normalises (trims, folds full-width characters, upper-cases) and checks the
     * input, saying exactly what is wrong when it is not a valid code.
     */
    public static SocialCreditCode parse(String input) {
        String code = normalise(input);
        if (code.length() != LENGTH) {
            throw new InvalidSocialCreditCodeException(InvalidSocialCreditCodeException.Reason.LENGTH, code,
                    code.length(), null);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidSocialCreditCodeException(InvalidSocialCreditCodeException.Reason.CHARACTER, code,
                        i + 1, String.valueOf(code.charAt(i)));
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            throw new InvalidSocialCreditCodeException(InvalidSocialCreditCodeException.Reason.CHECK_CHARACTER, code,
                    LENGTH, String.valueOf(expected));
        }
        return new SocialCreditCode(code);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidSocialCreditCodeException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters (which must be in the alphabet). */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not in alphabet: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Trims, folds full-width ASCII (as typed with a Chinese IME) to half-width, and upper-cases. */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(input.length());
        for (char c : input.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Administrative division code of the registering authority (positions 3-8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
