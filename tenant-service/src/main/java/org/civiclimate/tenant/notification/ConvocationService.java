package org.civiclimate.tenant.notification;

import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Mails each convened person their convocation to a session once, however often the event comes or is retried. */
@Service
class ConvocationService {

    private final ConvocationMailRepository mailed;
    private final JavaMailSender mail;

    ConvocationService(ConvocationMailRepository mailed, JavaMailSender mail) {
        this.mailed = mailed;
        this.mail = mail;
    }

    /**
     * Sends the person's convocation unless they were mailed one for the session; false if they were. The record and
     * the mail go together in a transaction of their own, committed whatever becomes of the event's: when another
     * person's mail fails the event, its retry skips this person. The one way to mail someone twice is a crash (or a
     * lost commit) between the SMTP server's acceptance and the commit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean mailOnce(CommuneId commune, UUID session, String userId, SimpleMailMessage message) {
        if (!mailed.record(commune, session, userId)) {
            return false;
        }
        mail.send(message);
        return true;
    }
}
