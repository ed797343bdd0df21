package org.zhijian.inbox.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.inbox.domain.Inbox;
import org.zhijian.inbox.domain.InboxMessage;

@Controller
@RequestMapping("/inbox")
class InboxController {

    static final String VIEW = "inbox/inbox";

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", inbox.mine(PageRequest.of(Math.max(page, 0), 30)));
        return VIEW;
    }

    /**
     * Opens a message: marks it read and goes to what it is about. Also a link (GET) from the to-do
     * inbox, where each notice is one item: marking one's own notice read is harmless to repeat.
     */
    @RequestMapping(path = "/{id}/open", method = {RequestMethod.GET, RequestMethod.POST})
    String open(@PathVariable Long id) {
        InboxMessage m = inbox.read(id);
        return "redirect:" + (m.getLink() == null ? "/todo" : m.getLink());
    }
}
