package org.civiclimate.tenant.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.TestMail;
import org.junit.jupiter.api.Test;

/**
 * A drawn volunteer, who may have no account yet, is mailed their seat offer: assembly-service's {@code seat.offered},
 * sent to the real broker, becomes one mail on the real SMTP server in the commune's first language, with the offer's
 * link and deadline in the commune's time, once however often the event comes.
 */
class SeatOfferMailIT extends NoticeMailCase {

    SeatOfferMailIT() {
        super("seats", "seat.example", "Seat Offered");
    }

    @Test
    void theDrawnAreMailedTheirOfferOnceInTheCommunesLanguageAndReservesAreToldTheyAreReserves() {
        String drawn = "drawn-" + UUID.randomUUID().toString().substring(0, 8) + "@seat.example";
        UUID offer = UUID.randomUUID();
        var offered = offer(offer, drawn, false);

        byte[] envelope = OtherServices.announce(new CommuneId(commune), "seat.offered", offered);

        await().atMost(PATIENCE).until(() -> !TestMail.to(drawn).isEmpty());
        var mail = TestMail.to(drawn).getFirst();
        assertThat(mail.to()).containsExactly(drawn);
        assertThat(mail.subject())
                .isEqualTo("Vous êtes tiré·e au sort pour un siège de Conseil citoyen (Commune " + slug + ")");
        assertThat(mail.text())
                .contains("l’assemblée citoyenne de la commune de Commune " + slug)
                .contains("http://localhost:8080/communes/" + slug + "/seat-offers/" + offer + "?key=k3y-0f-the-link-"
                        + offer.toString().substring(0, 4))
                .contains("9 décembre 2026 à 18:00")
                .contains("connectez-vous avec cette adresse e-mail");

        OtherServices.deliverAgain(new CommuneId(commune), "seat.offered", envelope);
        awaitProcessed(envelope);
        awaitProcessed(OtherServices.announce(new CommuneId(commune), "seat.offered", offered));
        assertThat(TestMail.to(drawn)).hasSize(1);

        String reserve = "reserve-" + UUID.randomUUID().toString().substring(0, 8) + "@seat.example";
        OtherServices.announce(new CommuneId(commune), "seat.offered", offer(UUID.randomUUID(), reserve, true));
        await().atMost(PATIENCE).until(() -> !TestMail.to(reserve).isEmpty());
        assertThat(TestMail.to(reserve).getFirst().subject())
                .isEqualTo("Un siège de Conseil citoyen (Commune " + slug + ") vous est proposé");
        assertThat(TestMail.to(reserve).getFirst().text()).contains("comme réserve");
    }

    /** The data of {@code seat.offered} as assembly-service sends it. */
    private Map<String, Object> offer(UUID offer, String email, boolean fromReserves) {
        var data = new LinkedHashMap<String, Object>();
        data.put("communeId", commune);
        data.put("assemblyId", UUID.randomUUID());
        data.put("drawId", UUID.randomUUID());
        data.put("offerId", offer);
        data.put("key", "k3y-0f-the-link-" + offer.toString().substring(0, 4));
        data.put("email", email);
        data.put("assemblyTitle", "Conseil citoyen");
        data.put("deadline", "2026-12-09T17:00:00Z");
        data.put("zone", "Europe/Brussels");
        data.put("fromReserves", fromReserves);
        return data;
    }
}
