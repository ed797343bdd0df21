package org.zhijian.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.jpa.StaleRecords;

/** Page-side exceptions into the error pages of templates/error, in the user's language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict() {
        return errorPage(HttpStatus.CONFLICT);
    }

    private final StaleRecords staleRecords;

    PageErrors(StaleRecords staleRecords) {
        this.staleRecords = staleRecords;
    }

    /** A save that lost at flush or commit: the page shows what the record holds now. */
    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView optimisticLock(org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
        ModelAndView mav = errorPage(HttpStatus.CONFLICT);
        staleRecords.describe(ex).ifPresent(stale -> {
            mav.addObject("staleValues", stale.getCurrentValues());
            mav.addObject("staleType", stale.getEntityType());
        });
        return mav;
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView mav = new ModelAndView("error/" + status.value());
        mav.addObject("status", status.value());
        return mav;
    }

}
