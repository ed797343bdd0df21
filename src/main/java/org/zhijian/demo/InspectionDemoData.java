package org.zhijian.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionRecord;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.inspection.domain.ItemAnswer;
import org.zhijian.inspection.domain.RecordDetails;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.inspection.domain.TaskQuery;
import org.zhijian.inspection.domain.TaskSource;
import org.zhijian.region.domain.District;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * The demo city's inspections: checklists (one revised), the published draw's tasks in every state
 * with submitted records (findings that opened hazards and a clue, results published and one late),
 * and the due-list tasks of one district, one assigned, one cancelled.
 */
@Component
class InspectionDemoData implements DemoDataContributor {

    /** The two regulations (两个规定) duties, asked at every inspection. */
    private static final List<ChecklistItem> TWO_REGULATIONS = List.of(
            new ChecklistItem("是否配备质量安全总监或质量安全员,并明确其岗位职责", true),
            new ChecklistItem("是否建立并落实日管控制度,有每日质量安全检查记录(日管控)", true),
            new ChecklistItem("是否开展每周质量安全风险排查,有周排查报告(周排查)", true),
            new ChecklistItem("是否每月召开质量安全调度会议,有月调度会议纪要(月调度)", true));

    private static final List<ChecklistItem> GENERAL = List.of(
            new ChecklistItem("营业执照、生产许可证等证照是否齐全有效,许可范围与实际生产一致", false),
            new ChecklistItem("原材料进货查验记录是否完整,供应商资质是否留存", false),
            new ChecklistItem("生产过程关键控制点是否有记录,工艺参数是否受控", false),
            new ChecklistItem("出厂检验是否按标准逐批进行,检验报告是否留存", false),
            new ChecklistItem("产品标识(厂名、厂址、执行标准、合格证)是否符合规定", false),
            new ChecklistItem("不合格品是否隔离、标识并有处置记录", false));

    private static final List<ChecklistItem> WIRE_CABLE = List.of(
            new ChecklistItem("导体材料是否为铜/铝且截面符合 GB/T 3956,进货有检验记录", false),
            new ChecklistItem("是否配备导体电阻、绝缘厚度、耐压试验等出厂检验设备并在检定有效期内", false),
            new ChecklistItem("成品是否逐盘进行出厂检验并有记录", false),
            new ChecklistItem("CCC 认证证书是否有效,产品是否加施认证标志", false));

    private static final List<ChecklistItem> FOOD_CONTACT = List.of(
            new ChecklistItem("原料树脂、助剂是否在 GB 9685 允许使用范围内,有合规声明", false),
            new ChecklistItem("是否按批次进行总迁移量、高锰酸钾消耗量等出厂检验", false),
            new ChecklistItem("生产车间是否有防尘、防虫等卫生防护设施", false),
            new ChecklistItem("产品标签是否标注\"食品接触用\"及使用注意事项", false));

    private static final String[] FINDINGS = {
            "未配备质量安全员,岗位职责未书面明确",
            "近两周无日管控检查记录",
            "出厂检验报告缺少本月三个批次",
    };

    private final ChecklistService checklists;
    private final InspectionTaskService tasks;
    private final InspectionRecordService records;

    InspectionDemoData(ChecklistService checklists, InspectionTaskService tasks, InspectionRecordService records) {
        this.checklists = checklists;
        this.tasks = tasks;
        this.records = records;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoCity city) {
        checklists();
        drawTasks(city);
        dueListTasks(city);
    }

    private void checklists() {
        List<ChecklistItem> general = concat(GENERAL, TWO_REGULATIONS);
        Checklist first = checklists.create("GEN", "工业产品生产企业通用检查事项清单", null,
                general.subList(0, general.size() - 1));
        checklists.revise(first.getId(), first.getVersion(), "工业产品生产企业通用检查事项清单(2026 版)", general);
        checklists.create("WIRE", "电线电缆生产企业检查事项清单", Industry.WIRE_CABLE, concat(WIRE_CABLE, TWO_REGULATIONS));
        checklists.create("FOOD-CONTACT", "食品相关产品生产企业检查事项清单", Industry.FOOD_CONTACT,
                concat(FOOD_CONTACT, TWO_REGULATIONS));
    }

    /** The published draw's tasks: five inspected (three published, one of them late), one started, the rest assigned. */
    private void drawTasks(DemoCity city) {
        LocalDate today = city.today();
        List<InspectionTask> drawn = tasks.search(new TaskQuery(null, null, TaskSource.DRAW, null, false),
                PageRequest.of(0, 50, Sort.by("id"))).getContent();
        for (int i = 0; i < drawn.size(); i++) {
            InspectionTask t = drawn.get(i);
            if (t.officers().size() < 2) {
                continue;
            }
            User officer = user(city, t.officers().get(0));
            if (i >= 6) {
                continue;
            }
            as(officer, () -> tasks.start(t.getId(), t.getVersion()));
            if (i == 5) {
                continue;
            }
            int k = i;
            LocalDate on = k == 4 ? today.minusDays(45) : today.minusDays(3 + 2L * k);
            InspectionRecord r = as(officer, () -> records.submit(t.getId(), null, details(city, t, k, on)));
            if (k <= 2) {
                records.publish(r.getId(), records.get(r.getId()).getVersion());
            }
        }
    }

    private RecordDetails details(DemoCity city, InspectionTask t, int k, LocalDate on) {
        Checklist c = records.checklistFor(t);
        int n = c.getItems().size();
        List<ItemAnswer> answers = new ArrayList<>(Collections.nCopies(n, ItemAnswer.CONFORM));
        List<String> notes = new ArrayList<>(Collections.nCopies(n, (String) null));
        List<RecordDetails.FollowUp> followUps = new ArrayList<>(Collections.nCopies(n, RecordDetails.FollowUp.NONE));
        answers.set(n - 5 >= 0 ? n - 5 : 0, ItemAnswer.NOT_APPLICABLE);
        ResultCategory result = ResultCategory.NO_PROBLEM;
        if (k == 1 || k == 4) {
            answers.set(n - 4, ItemAnswer.NOT_CONFORM);
            notes.set(n - 4, FINDINGS[0]);
            followUps.set(n - 4, RecordDetails.FollowUp.HAZARD);
            answers.set(n - 3, ItemAnswer.NOT_CONFORM);
            notes.set(n - 3, FINDINGS[1]);
            followUps.set(n - 3, RecordDetails.FollowUp.HAZARD);
            result = k == 1 ? ResultCategory.ORDERED_TO_CORRECT : ResultCategory.INFO_NOT_DISCLOSED;
        } else if (k == 2) {
            answers.set(3 < n ? 3 : 0, ItemAnswer.NOT_CONFORM);
            notes.set(3 < n ? 3 : 0, FINDINGS[2]);
            followUps.set(3 < n ? 3 : 0, RecordDetails.FollowUp.CLUE);
            result = ResultCategory.PENDING_FOLLOW_UP;
        }
        String representative = t.getEnterprise().getLegalRepresentative() == null ? "王建国"
                : t.getEnterprise().getLegalRepresentative();
        return new RecordDetails(on, t.getEnterprise().getAddress() == null ? "企业生产现场" : t.getEnterprise().getAddress(),
                answers, notes, result, k == 0 ? "现场检查生产、检验记录齐全,未发现问题。" : "现场检查发现问题,已当场告知企业。",
                representative, k != 4, followUps);
    }

    /** One district's due list for this month: one task assigned, one cancelled, the rest waiting. */
    private void dueListTasks(DemoCity city) {
        District district = city.districts().get(1);
        User head = city.usersOf(Role.HEAD, district.getId()).get(0);
        List<InspectionTask> made = as(head, () -> tasks.generateFromDueList(district.getId(),
                YearMonth.from(city.today()), YearMonth.from(city.today()) + " 分类监管日常检查"));
        List<User> inspectors = city.usersOf(Role.INSPECTOR, district.getId());
        if (made.size() >= 1 && inspectors.size() >= 2) {
            InspectionTask t = made.get(0);
            as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                    List.of(inspectors.get(0).getId(), inspectors.get(1).getId())));
        }
        if (made.size() >= 2) {
            InspectionTask t = made.get(1);
            as(head, () -> tasks.cancel(t.getId(), t.getVersion(), "企业已于上月申请注销,停止生产"));
        }
    }

    private static User user(DemoCity city, Long id) {
        return city.users().stream().filter(u -> u.getId().equals(id)).findFirst().orElseThrow();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> T as(User u, Supplier<T> work) {
        var principal = new ZhijianUserDetails(u.getId(), u.getUsername(), "", u.getDisplayName(), u.getRole(),
                u.getDistrictId(), true, false);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
