namespace NavLederprogram.Programmes;

/// <summary>What the public verification shows: the facts fixed on the certificate when it was issued.</summary>
public sealed record CertificateVerificationDto(
    bool Valid,
    string PersonName,
    string ProgrammeName,
    string CohortName,
    DateOnly CohortStartsOn,
    DateOnly CompletedOn,
    IReadOnlyList<string> ModuleTitles,
    string VerificationCode);
