namespace NavLederprogram.PeerSupervision;

public sealed record GroupAgreementDto(int Version, string Confidentiality, string MeetingFrequency, string Method, string CaseAnonymisation,
    int MeetingsForEvidence, int EvidencePeriodMonths, DateTime CreatedAt);
