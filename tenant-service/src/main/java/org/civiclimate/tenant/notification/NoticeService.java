package org.civiclimate.tenant.notification;

import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails each person a notice once (a convocation, a notice about a recommendation, a seat offer), however often its
 * event comes.
 */
@Service
class NoticeService {

    private final NoticeMailRepository mailed;
    private final JavaMailSender mail;

    NoticeService(NoticeMailRepository mailed, JavaMailSender mail) {
        this.mailed = mailed;
        this.mail = mail;
    }

    /**
     * Sends the person the notice unless they were mailed it; false if they were. The record and the mail go together
     * in a transaction of their own, committed whatever becomes of the event's: when another person's mail fails the
     * event, its retry skips this person. The one way to mail someone twice is a crash (or a lost commit) between the
     * SMTP server's acceptance and the commit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean mailOnce(CommuneId commune, Notice notice, String userId, SimpleMailMessage message) {
        if (!mailed.record(commune, notice, userId)) {
            return false;
        }
        mail.send(message);
        return true;
    }

    /** Sends a seat offer to the address it went to unless it was mailed; false if it was (as {@link #mailOnce}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean mailSeatOfferOnce(CommuneId commune, UUID offer, SimpleMailMessage message) {
        if (!mailed.recordSeatOffer(commune, offer)) {
            return false;
        }
        mail.send(message);
        return true;
    }
}
