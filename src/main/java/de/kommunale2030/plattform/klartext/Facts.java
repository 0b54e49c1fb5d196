package de.kommunale2030.plattform.klartext;

import java.time.LocalDate;
import java.util.List;

/**
 * What a notice says, extracted deterministically (no AI) from its pseudonymised text, so personal
 * values appear here as placeholders such as {@code [AKTENZEICHEN_1]}. Every field the notice does
 * not state is {@code null} or empty, never guessed.
 *
 * @param authority        the issuing authority as written in the letterhead
 * @param kind             the kind of notice ({@link Kind#SONSTIGER} when unknown)
 * @param subject          the subject line (Betreff) as written
 * @param noticeDate       the date of the notice
 * @param decision         the operative sentence (Tenor) as written
 * @param total            the amount to pay in total; {@code null} for refusals, benefits, refunds
 * @param instalments      the payments due, in the order of the notice
 * @param paymentReference what to state with a transfer (usually the Kassenzeichen placeholder)
 * @param account          the authority's IBAN for transfers
 * @param remedies         the remedies the Rechtsbehelfsbelehrung names (Bavaria: Widerspruch or Klage)
 * @param legalBases       cited statutes and ordinances, each once, in the order of first mention
 */
public record Facts(String authority, Kind kind, String subject, LocalDate noticeDate, String decision,
                    Money total, List<Instalment> instalments, String paymentReference, String account,
                    List<Remedy> remedies, List<String> legalBases) {

    public Facts {
        if (kind == null) {
            throw new IllegalArgumentException("The kind is SONSTIGER when it is not known");
        }
        instalments = List.copyOf(instalments);
        remedies = List.copyOf(remedies);
        legalBases = List.copyOf(legalBases);
    }
}
