package org.zhijian.notification.web;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.notification.domain.TodoInbox;

/** 我的待办: the page, and the count the navigation's badge fetches after the page has loaded. */
@Controller
@RequestMapping("/todo")
class TodoController {

    static final String VIEW = "notification/todo";

    private final TodoInbox inbox;

    TodoController(TodoInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", inbox.mine());
        return VIEW;
    }

    @GetMapping("/count")
    ResponseEntity<Map<String, Integer>> count() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("count", inbox.myCount()));
    }
}
