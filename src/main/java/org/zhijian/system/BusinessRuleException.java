package org.zhijian.system;

/**
 * A request that breaks a domain rule. Names the field it concerns (or null for
 * the whole record) and a message code, so pages put it beside the field and the
 * API names it in the problem detail.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] args;

    public BusinessRuleException(String field, String messageCode, Object... args) {
        super(messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.args = args;
    }

    public String getField() {
        return field;
    }

    public String getMessageCode() {
        return messageCode;
    }

    public Object[] getArgs() {
        return args;
    }
}
