package org.zhijian.draw.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.region.domain.Districts;
import org.zhijian.draw.domain.DrawService;

/** 一公开: published draws, readable without logging in. */
@Controller
@RequestMapping("/public/draws")
class PublicDrawController {

    static final String LIST_VIEW = "public/draws";
    static final String DETAIL_VIEW = "public/draw";

    private final DrawService draws;
    private final Districts districts;

    PublicDrawController(DrawService draws, Districts districts) {
        this.draws = draws;
        this.districts = districts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("draws", draws.published());
        model.addAttribute("districtById", districts.byId());
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("view", draws.publishedView(id));
        model.addAttribute("districtById", districts.byId());
        return DETAIL_VIEW;
    }
}
