package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.StaleEditException;

class FormSubmissionTests {

    static class Form {
        private String name = "typed";
        private long version = 3;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    private final Form form = new Form();
    private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    private final ExtendedModelMap model = new ExtendedModelMap();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aValidFormIsSavedAndGoesWhereTheSaveSays() {
        assertThat(FormSubmission.of(result).save(() -> "redirect:/done")).contains("redirect:/done");
    }

    @Test
    void aFormWithErrorsIsNotSaved() {
        result.rejectValue("name", "required");
        AtomicBoolean saved = new AtomicBoolean();
        assertThat(FormSubmission.of(result).save(() -> {
            saved.set(true);
            return "redirect:/done";
        })).isEmpty();
        assertThat(saved).isFalse();
    }

    @Test
    void aRefusalGoesBesideItsField() {
        assertThat(FormSubmission.of(result).save(() -> {
            throw new BusinessRuleException("name", "name.taken", "x");
        })).isEmpty();
        assertThat(result.getFieldError("name").getCode()).isEqualTo("name.taken");
        assertThat(result.getFieldError("name").getArguments()).containsExactly("x");
        assertThat(result.getFieldValue("name")).isEqualTo("typed");
    }

    @Test
    void aRefusalOfTheWholeRecordGoesAtTheTop() {
        assertThat(FormSubmission.of(result).save(() -> {
            throw new BusinessRuleException(null, "record.refused");
        })).isEmpty();
        assertThat(result.getGlobalError().getCode()).isEqualTo("record.refused");
    }

    @Test
    void aStaleEditShowsTheNewerValuesWithTheNewerVersionAnd409() {
        assertThat(FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            throw new StaleEditException("Thing", 1L, 7, Map.of("name", "theirs"));
        })).isEmpty();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.get("staleValues")).isEqualTo(Map.of("name", "theirs"));
        assertThat(model.get("staleVersion")).isEqualTo(7L);
        assertThat(form.getVersion()).isEqualTo(7);
        assertThat(form.getName()).isEqualTo("typed");
    }

    @Test
    void anUnversionedFormLeavesAStaleEditToTheErrorPage() {
        assertThatThrownBy(() -> FormSubmission.of(result).save(() -> {
            throw new StaleEditException("Thing", 1L, 7, Map.of());
        })).isInstanceOf(StaleEditException.class);
    }
}
