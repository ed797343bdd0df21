package org.zhijian.notification.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a mail to the SMTP server (Spring's {@link JavaMailSender}, configured by {@code spring.mail.*})
 * when {@code zhijian.mail.enabled} is true; otherwise, as in the demo, only logs it. Either way the
 * mail is kept as an {@link OutgoingMail} with what became of it.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutgoingMailRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final boolean enabled;
    private final String from;

    MailDelivery(OutgoingMailRepository outbox, ObjectProvider<JavaMailSender> sender, Clock clock,
                 @Value("${zhijian.mail.enabled:false}") boolean enabled,
                 @Value("${zhijian.mail.from:zhijian@localhost}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.enabled = enabled;
        this.from = from;
    }

    OutgoingMail deliver(Recipient to, String subject, String body, OutgoingMail.Kind kind) {
        OutgoingMail.Status status;
        String error = null;
        JavaMailSender smtp = enabled ? sender.getIfAvailable() : null;
        if (smtp == null) {
            status = OutgoingMail.Status.NOT_SENT;
            log.info("Mail off: not sent to {} <{}>: {}", to.username(), to.email(), subject);
        } else {
            try {
                MimeMessage message = smtp.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(to.email());
                helper.setSubject(subject);
                helper.setText(body, false);
                smtp.send(message);
                status = OutgoingMail.Status.SENT;
            } catch (MessagingException | MailException e) {
                status = OutgoingMail.Status.FAILED;
                error = e.getMessage();
                log.warn("Mail to {} <{}> failed: {}", to.username(), to.email(), e.getMessage());
            }
        }
        return outbox.save(new OutgoingMail(to, subject, body, kind, status, error, clock.instant()));
    }
}
