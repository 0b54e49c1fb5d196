package de.kommunale2030.plattform.klartext;

import java.util.List;

/** The 16 Länder, by the codes of ISO 3166-2:DE without the country prefix. */
public enum Land {
    BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH;

    /** The Länder in the order of their keys 01 to 16 (the first two digits of an AGS). */
    private static final List<Land> BY_KEY = List.of(SH, HH, NI, HB, NW, HE, RP, BW, BY, SL, BE, BB,
            MV, SN, ST, TH);

    /** The Land whose key ("01" to "16") begins an Amtlicher Gemeindeschlüssel. */
    public static Land ofKey(String key) {
        var number = key == null || !key.matches("\\d{2}") ? 0 : Integer.parseInt(key);
        if (number < 1 || number > BY_KEY.size()) {
            throw new IllegalArgumentException("A Land key is 01 to 16");
        }
        return BY_KEY.get(number - 1);
    }
}
