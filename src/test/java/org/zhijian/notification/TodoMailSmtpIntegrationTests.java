package org.zhijian.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhijian.account.domain.User;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.notification.domain.TodoMailer;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * With mail on, the mails go through Spring's JavaMailSender to a real SMTP server (GreenMail, in
 * this JVM): to the right people, with Chinese subjects, each new item once, and the digest. An
 * application of its own: it needs the SMTP server's port and mail switched on.
 */
class TodoMailSmtpIntegrationTests extends PostgresIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("zhijian.mail.enabled", () -> "true");
        registry.add("zhijian.mail.from", () -> "zhijian@bureau.test");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired TodoMailer mailer;
    @Autowired HazardService hazards;
    @Autowired BatchService batches;
    @Autowired SpotCheckTestData data;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    TodoScenario here;

    @BeforeEach
    void setUp() {
        here = new TodoScenario(fixtures, hazards, batches, data, clock, jdbc);
    }

    private static List<MimeMessage> receivedBy(User u) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getRecipients(jakarta.mail.Message.RecipientType.TO);
                return to != null && to.length == 1 && to[0].toString().equals(TodoScenario.emailOf(u));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void newItemsReachTheRightPeopleWithChineseSubjectsOnce() throws Exception {
        mailer.mailNewItems();

        List<MimeMessage> inspectorMails = receivedBy(here.inspector);
        assertThat(inspectorMails).isNotEmpty();
        assertThat(inspectorMails).extracting(TodoMailSmtpIntegrationTests::subject)
                .allMatch(s -> s.startsWith("【质监】新待办:"))
                .anyMatch(s -> s.contains("隐患整改期限") && s.contains(here.overdue.getNoticeNumber()))
                .anyMatch(s -> s.contains("不合格待告知企业") && s.contains(here.failedBatch.getFormNumber()));
        assertThat(inspectorMails.get(0).getFrom()[0].toString()).isEqualTo("zhijian@bureau.test");
        assertThat(receivedBy(here.head)).extracting(TodoMailSmtpIntegrationTests::subject)
                .anyMatch(s -> s.contains("隐患整改待验收") && s.contains(here.rectified.getNoticeNumber()))
                .noneMatch(s -> s.contains(here.failedBatch.getFormNumber()));
        assertThat(receivedBy(here.admin)).extracting(TodoMailSmtpIntegrationTests::subject)
                .anyMatch(s -> s.contains(here.expiring.getNumber().value()));
        assertThat(receivedBy(here.secondInspector)).as("no address, no mail").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient_id = ? and status = 'SENT'",
                Integer.class, here.inspector.getId())).isEqualTo(inspectorMails.size());

        int sent = inspectorMails.size();
        mailer.mailNewItems();
        assertThat(receivedBy(here.inspector)).hasSize(sent);
    }

    @Test
    void theDailyDigestGoesOutThroughSmtp() throws Exception {
        mailer.sendDigests();

        List<MimeMessage> digests = receivedBy(here.inspector).stream()
                .filter(m -> subject(m).startsWith("【质监】每日待办汇总")).toList();
        assertThat(digests).hasSize(1);
        assertThat((String) digests.get(0).getContent()).contains(here.overdue.getNoticeNumber(), "已逾期");
    }
}
