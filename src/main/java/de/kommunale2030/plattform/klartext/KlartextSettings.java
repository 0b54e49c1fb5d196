package de.kommunale2030.plattform.klartext;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The installation's defaults for Bescheid-Klartext.
 *
 * @param daysAfterPosting the Bekanntgabe fiction for Kommunen that chose none (4: § 41 Abs. 2
 *                         VwVfG and § 122 Abs. 2 AO for notices posted from 2025)
 * @param largestUpload    the largest notice file accepted
 * @param mostPdfPages     the most pages of a PDF notice read
 */
@ConfigurationProperties("k2030.klartext")
record KlartextSettings(@DefaultValue("4") int daysAfterPosting, @DefaultValue("10MB") DataSize largestUpload,
        @DefaultValue("30") int mostPdfPages) {
}
