package org.zhijian.enterprise.web;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseQuery;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.Industry;

/**
 * Type-ahead for the forms that pick an enterprise (the sampling form): name, credit code or
 * pinyin initials, at most ten, only in the districts the user covers (the service asks the
 * AccessGuard). Under the page login (the session), not the API's basic auth: the page's
 * script calls it.
 */
@Controller
class EnterpriseSuggestController {

    static final int LIMIT = 10;

    private final EnterpriseService enterprises;

    EnterpriseSuggestController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/enterprises/suggest")
    ResponseEntity<List<Suggestion>> suggest(@RequestParam(defaultValue = "") String q,
                                             @RequestParam(required = false) Industry industry) {
        String text = q.strip();
        if (text.isEmpty() || text.length() > 60) {
            return ResponseEntity.ok(List.of());
        }
        List<Suggestion> found = enterprises.search(new EnterpriseQuery(text, null, industry, null),
                        PageRequest.of(0, LIMIT, Sort.by("name", "id")))
                .map(Suggestion::of).getContent();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found);
    }

    record Suggestion(Long id, String name, String creditCode, String initials) {
        static Suggestion of(Enterprise e) {
            return new Suggestion(e.getId(), e.getName(), e.getCreditCode().value(), e.getNameInitials());
        }
    }
}
