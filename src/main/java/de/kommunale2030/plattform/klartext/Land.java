package de.kommunale2030.plattform.klartext;

/** The 16 Länder, by the codes of ISO 3166-2:DE without the country prefix. */
public enum Land {
    BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
}
