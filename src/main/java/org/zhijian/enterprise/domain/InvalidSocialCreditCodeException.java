package org.zhijian.enterprise.domain;

/** Why a social credit code was refused; each reason has its own message. */
public class InvalidSocialCreditCodeException extends IllegalArgumentException {

    public enum Reason {
        LENGTH("creditCode.invalid.length"),
        CHARACTER("creditCode.invalid.character"),
        CHECK_CHARACTER("creditCode.invalid.check");

        private final String messageCode;

        Reason(String messageCode) {
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    private final Reason reason;
    private final String normalisedInput;
    private final int position;
    private final String character;

    InvalidSocialCreditCodeException(Reason reason, String normalisedInput, int position, String character) {
        super(reason + " in credit code " + normalisedInput);
        this.reason = reason;
        this.normalisedInput = normalisedInput;
        this.position = position;
        this.character = character;
    }

    public Reason getReason() {
        return reason;
    }

    public String getNormalisedInput() {
        return normalisedInput;
    }

    /** For LENGTH the length found; for CHARACTER the 1-based position; for CHECK_CHARACTER 18. */
    public int getPosition() {
        return position;
    }

    /** For CHARACTER the offending character; for CHECK_CHARACTER the expected one. */
    public String getCharacter() {
        return character;
    }

    /** Arguments for the reason's message: {0} position or length, {1} character. */
    public Object[] messageArgs() {
        return new Object[] {position, character == null ? "" : character};
    }
}
