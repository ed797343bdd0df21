package org.zhijian.inbox.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.inbox.domain.Inbox;
import org.zhijian.system.web.PageResponse;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "The caller's notices, e.g. overdue hazards escalated to district heads")
class InboxApiController {

    private final Inbox inbox;
    private final MessageSource messages;

    InboxApiController(Inbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    record MessageResponse(Long id, String code, String text, String link, Instant createdAt, Instant readAt) {
    }

    @GetMapping
    PageResponse<MessageResponse> mine(@RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size, Locale locale) {
        return PageResponse.of(inbox.mine(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200))),
                m -> new MessageResponse(m.getId(), m.getMessageCode(),
                        messages.getMessage(m.getMessageCode(), m.args(), locale), m.getLink(), m.getCreatedAt(),
                        m.getReadAt()));
    }
}
