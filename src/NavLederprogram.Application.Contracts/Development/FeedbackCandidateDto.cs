namespace NavLederprogram.Development;

/// <summary>A colleague the leader may invite: name, employee number and office.</summary>
public sealed record FeedbackCandidateDto(Guid PersonId, string Name, string EmployeeNumber, string OfficeName);
