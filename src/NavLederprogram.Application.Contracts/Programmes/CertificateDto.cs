namespace NavLederprogram.Programmes;

/// <summary>A kursbevis as its owner sees it, with the public address where anyone can check it.</summary>
public sealed record CertificateDto
{
    public required Guid Id { get; init; }
    public required string PersonName { get; init; }
    public required string ProgrammeName { get; init; }
    public required string CohortName { get; init; }
    public required DateOnly CohortStartsOn { get; init; }
    public required DateOnly CompletedOn { get; init; }
    public required IReadOnlyList<string> ModuleTitles { get; init; }
    public required string VerificationCode { get; init; }
    public required string VerificationUrl { get; init; }
}
