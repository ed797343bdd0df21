package org.zhijian.credit.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhijian.credit.domain.CreditService;
import org.zhijian.credit.domain.ListingService;
import org.zhijian.credit.domain.PublicListing;
import org.zhijian.credit.domain.PublicPenalty;

/**
 * 信用信息公示: published penalty decisions and the serious illegal and dishonest list, readable
 * without logging in, newest first, with an Atom feed. Each item leaves when its period ends.
 */
@Controller
@RequestMapping("/public/credit")
class PublicCreditController {

    static final String VIEW = "public/credit";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int MAX = 200;

    private final CreditService credit;
    private final ListingService listings;
    private final CreditFeed feed;
    private final Clock clock;

    PublicCreditController(CreditService credit, ListingService listings, CreditFeed feed, Clock clock) {
        this.credit = credit;
        this.listings = listings;
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("penalties", credit.publicNotices(MAX));
        model.addAttribute("listings", listings.publicListings());
        return VIEW;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom(Locale locale) {
        List<PublicPenalty> penalties = credit.publicNotices(MAX);
        List<PublicListing> listed = listings.publicListings();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(ATOM)
                .body(feed.write(base, penalties, listed, locale, clock.getZone()));
    }
}
