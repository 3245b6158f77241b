namespace NavLederprogram.PeerSupervision;

/// <summary>
/// What a group agrees on (gruppeavtale): confidentiality, how often it meets, the method, how cases are anonymised, and
/// how many meetings within how many months count as participation that becomes competence evidence.
/// </summary>
public sealed record AgreementTerms(
    string Confidentiality,
    string MeetingFrequency,
    string Method,
    string CaseAnonymisation,
    int MeetingsForEvidence,
    int EvidencePeriodMonths);
