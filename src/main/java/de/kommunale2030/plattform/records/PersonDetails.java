package de.kommunale2030.plattform.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What the platform may know about a data subject, and nothing more (data minimisation): names,
 * date of birth, a postal address and two ways of contact. Validated on construction; messages
 * are German and never repeat the value.
 */
record PersonDetails(String familyName, String givenNames, LocalDate birthDate, Address address, String email,
        String phone) {

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{2,29}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    record Address(String street, String postalCode, String city) {

        Address {
            street = text(street, "Straße", 200, false);
            postalCode = text(postalCode, "Postleitzahl", 5, false);
            city = text(city, "Ort", 100, false);
            if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
                throw new InvalidRecord("Die Postleitzahl besteht aus fünf Ziffern.");
            }
        }

        boolean empty() {
            return street == null && postalCode == null && city == null;
        }
    }

    PersonDetails {
        familyName = text(familyName, "Familienname", 200, true);
        givenNames = text(givenNames, "Vorname", 200, false);
        if (birthDate != null && (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(LocalDate.now()))) {
            throw new InvalidRecord("Das Geburtsdatum liegt nicht in einem möglichen Zeitraum.");
        }
        if (address != null && address.empty()) {
            address = null;
        }
        email = text(email, "E-Mail-Adresse", 254, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidRecord("Die E-Mail-Adresse hat kein gültiges Format.");
        }
        phone = text(phone, "Telefonnummer", 30, false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidRecord("Die Telefonnummer darf nur Ziffern, Leerzeichen, +, /, - und Klammern enthalten.");
        }
    }

    /** What an exact search needs: both family name and date of birth, validated like a stored person's. */
    static PersonDetails searchCriteria(String familyName, String birthDate) {
        if (familyName == null || familyName.isBlank() || birthDate == null || birthDate.isBlank()) {
            throw new InvalidRecord("Gesucht wird genau nach Familienname und Geburtsdatum; beide Angaben sind nötig.");
        }
        return new PersonDetails(familyName, null, date(birthDate), null, null, null);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            throw new InvalidRecord("Das Geburtsdatum muss im Format JJJJ-MM-TT angegeben werden.");
        }
    }

    /** Stripped and NFC-normalised text without control characters, or {@code null} if blank and optional. */
    private static String text(String value, String field, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidRecord("Das Feld " + field + " fehlt.");
            }
            return null;
        }
        var normalised = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
        if (normalised.length() > maxLength) {
            throw new InvalidRecord("Das Feld " + field + " ist länger als " + maxLength + " Zeichen.");
        }
        if (normalised.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED)) {
            throw new InvalidRecord("Das Feld " + field + " enthält Steuerzeichen.");
        }
        return normalised;
    }
}
