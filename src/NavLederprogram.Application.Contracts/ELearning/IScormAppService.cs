namespace NavLederprogram.ELearning;

/// <summary>SCORM packages: upload by course editors, launch and run-time data for learners, package files for the player.</summary>
public interface IScormAppService
{
    /// <summary>Checks the zip and stores it as a package of the course; a refused zip leaves nothing behind.</summary>
    Task<ScormPackageDto> UploadAsync(Guid courseId, string fileName, Stream zip, CancellationToken ct);
    Task<IReadOnlyList<ScormPackageDto>> GetForCourseAsync(Guid courseId, CancellationToken ct);
    /// <summary>The package with the caller's status for each SCO.</summary>
    Task<ScormPackageDto> GetAsync(Guid packageId, CancellationToken ct);
    /// <summary>Starts a session of a SCO (the first launchable one when <paramref name="sco"/> is null).</summary>
    Task<ScormLaunchDto> LaunchAsync(Guid packageId, string? sco, CancellationToken ct);
    /// <summary>Stores what the SCO wrote; 400 with a field error per invalid element, and then nothing is stored.</summary>
    Task<ScormCommitResultDto> CommitAsync(Guid attemptId, ScormCommitInput input, CancellationToken ct);
    Task<IReadOnlyList<ScormAttemptDto>> GetMyAttemptsAsync(Guid packageId, CancellationToken ct);
    /// <summary>A file of the package a launch address grants, or null.</summary>
    Task<ScormContentFile?> OpenContentAsync(string token, string path, CancellationToken ct);
}
