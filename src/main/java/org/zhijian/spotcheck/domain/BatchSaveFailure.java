package org.zhijian.spotcheck.domain;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.zhijian.system.BusinessRuleException;

/**
 * Says what really refused a sampling form the database would not store. Only
 * a violated {@code uk_sampling_batch_form_number} means the form number is
 * taken; any other refusal is named as it is, never as a duplicate number.
 */
final class BatchSaveFailure {

    static final String FORM_NUMBER_CONSTRAINT = "uk_sampling_batch_form_number";

    private BatchSaveFailure() {
    }

    /** The refusal as the user should read it; anything but an integrity violation is returned unchanged. */
    static RuntimeException explain(RuntimeException failure, String formNumber) {
        if (!(failure instanceof DataIntegrityViolationException)) {
            return failure;
        }
        String constraint = constraintOf(failure);
        String name = constraint == null ? "" : constraint.toLowerCase(java.util.Locale.ROOT);
        if (name.contains(FORM_NUMBER_CONSTRAINT)) {
            return new BusinessRuleException("formNumber", "spotcheck.batch.formNumberDuplicate", formNumber);
        }
        if (name.contains("fk_")) {
            return new BusinessRuleException(null, "spotcheck.batch.notSaved.reference", constraint);
        }
        return new BusinessRuleException(null, "spotcheck.batch.notSaved",
                constraint != null ? constraint : rootCause(failure).getClass().getSimpleName());
    }

    /** The name of the violated constraint as Hibernate extracted it from the database's message, or null. */
    static String constraintOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName();
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof SQLException)) {
            t = t.getCause();
        }
        return t;
    }
}
