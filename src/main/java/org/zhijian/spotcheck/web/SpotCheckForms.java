package org.zhijian.spotcheck.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.web.FormErrors;

/**
 * Puts a service refusal beside its field when the form has that field, and at
 * the top of the form otherwise: the spot-check services name fields of several
 * forms (a step's date, a photo), not all of which every form carries.
 */
final class SpotCheckForms {

    private SpotCheckForms() {
    }

    static void reject(BindingResult result, BusinessRuleException e) {
        try {
            FormErrors.reject(result, e);
        } catch (NotReadablePropertyException missing) {
            result.reject(e.getMessageCode(), e.getArgs(), null);
        }
    }
}
