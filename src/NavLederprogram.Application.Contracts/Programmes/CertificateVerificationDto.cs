namespace NavLederprogram.Programmes;

/// <summary>
/// What the public verification shows: the facts fixed on the certificate when it was issued. A course certificate names
/// its course in <see cref="CourseName"/> and has no programme, cohort or modules.
/// </summary>
public sealed record CertificateVerificationDto(
    bool Valid,
    string PersonName,
    string ProgrammeName,
    string CohortName,
    DateOnly CohortStartsOn,
    DateOnly CompletedOn,
    IReadOnlyList<string> ModuleTitles,
    string VerificationCode)
{
    public string? CourseName { get; init; }
}
