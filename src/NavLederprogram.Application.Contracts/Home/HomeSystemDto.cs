using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>The organisation and the scheduled jobs, for the system admin.</summary>
public sealed record HomeSystemDto(int Regions, int Municipalities, int Offices, int People, int FailedJobs, DateTime? LastJobRun);
