#pragma once

#include <QString>
#include <QStringView>

#include <string>

namespace linda {

// Result of normalizing one phone number to E.164.
struct PhoneNumberResult
{
    enum class Error {
        None,
        Empty,         // nothing but spaces, punctuation or bidi marks
        NotANumber,    // libphonenumber could not parse it at all
        InvalidRegion, // no country code and no usable default region
        TooShort,
        TooLong,
        InvalidLength, // a digit count that no number type of its region has
        Invalid,       // parsed, but not a valid number for its region
    };

    QString e164;      // "+971501234567" when error == None
    QString extension; // digits after "ext." / ";ext=", possibly empty
    Error error = Error::None;

    bool isValid() const { return error == Error::None; }
    QString errorString() const;
};

// Normalizes phone numbers with libphonenumber. Thread-safe: libphonenumber's
// PhoneNumberUtil is an immutable singleton once created.
class PhoneNumberNormalizer
{
public:
    // defaultRegion is an ISO 3166-1 alpha-2 code used for numbers written
    // without a country code, e.g. "AE" turns "050 123 4567" into +971501234567.
    explicit PhoneNumberNormalizer(QString defaultRegion = QStringLiteral("AE"));

    QString defaultRegion() const { return m_defaultRegion; }

    PhoneNumberResult normalize(QStringView text) const;

    // Strips Unicode direction marks and other format characters that phones
    // and chat exports wrap around numbers.
    static QString stripFormatCharacters(QStringView text);

private:
    static std::string compactDigits(QStringView text);

    QString m_defaultRegion;
    std::string m_regionUtf8;
};

} // namespace linda
