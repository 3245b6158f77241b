using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

/// <summary>
/// Upload, launch and run-time data of SCORM packages. A learner runs a package when the course version they are on
/// (the one they started, else the published one) has a lesson with it; results then go to that version through
/// <see cref="CourseProgressManager"/>, which completes the course. An editor may also run a package no published
/// version uses yet, as a preview that counts for nothing. The package's files are reached through a launch address
/// whose first segment is a time-limited token naming the package and the viewer, because an iframe's requests carry
/// no bearer token.
/// </summary>
public sealed class ScormAppService(
    IScormPackageRepository packages,
    IScormAttemptRepository attempts,
    ICourseRepository courses,
    ICourseEnrolmentRepository enrolments,
    CourseProgressManager progress,
    IFileStorage storage,
    ICurrentUser currentUser,
    ICurrentPerson currentPerson,
    IPermissionChecker permissions,
    IDataProtectionProvider dataProtection,
    IOptions<ScormOptions> options,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IScormAppService
{
    private const string ProtectionPurpose = "NavLederprogram.ELearning.ScormLaunch.v1";

    private ITimeLimitedDataProtector Protector => dataProtection.CreateProtector(ProtectionPurpose).ToTimeLimitedDataProtector();

    public async Task<ScormPackageDto> UploadAsync(Guid courseId, string fileName, Stream zip, CancellationToken ct)
    {
        await courses.GetAsync(courseId, ct);
        var limits = new ScormLimits(options.Value.MaxPackageBytes, options.Value.MaxFiles, options.Value.MaxCompressionRatio);
        if (zip.CanSeek && zip.Length > limits.MaxBytes)
            throw new BusinessException(NavLederprogramErrorCodes.ScormTooLargeUnpacked, options.Value.MaxPackageMegabytes) { Field = "file" };
        using var archive = ScormArchive.Open(zip, limits);
        var package = new ScormPackage(Guid.CreateVersion7(), courseId, Path.GetFileName(fileName), archive.Manifest, archive.FileCount, archive.DeclaredBytes);
        try
        {
            await archive.CopyEntriesAsync((path, content, token) => storage.WriteAsync($"{package.StorageFolder}/{path}", content, token), ct);
            await packages.InsertAsync(package, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
        catch
        {
            // A refusal found while unpacking (a lying size, a corrupt entry) or a failed save leaves no file behind.
            await storage.DeleteFolderAsync(package.StorageFolder, CancellationToken.None);
            throw;
        }
        return Map(package, []);
    }

    public async Task<IReadOnlyList<ScormPackageDto>> GetForCourseAsync(Guid courseId, CancellationToken ct)
    {
        await courses.GetAsync(courseId, ct);
        return [.. (await packages.GetForCourseAsync(courseId, ct)).Select(p => Map(p, []))];
    }

    public async Task<ScormPackageDto> GetAsync(Guid packageId, CancellationToken ct)
    {
        var (package, viewer, _) = await AccessAsync(packageId, ct);
        return Map(package, await attempts.GetForPersonAsync(viewer, package.Id, ct));
    }

    public async Task<IReadOnlyList<ScormAttemptDto>> GetMyAttemptsAsync(Guid packageId, CancellationToken ct)
    {
        var (package, viewer, _) = await AccessAsync(packageId, ct);
        var mine = await attempts.GetForPersonAsync(viewer, package.Id, ct);
        return [.. mine.OrderBy(a => package.Scos.FindIndex(s => s.Identifier == a.ScoIdentifier)).Select(a => Map(a, package))];
    }

    public async Task<ScormLaunchDto> LaunchAsync(Guid packageId, string? sco, CancellationToken ct)
    {
        var (package, viewer, version) = await AccessAsync(packageId, ct);
        var target = package.GetSco(sco);
        var attempt = await attempts.FindAsync(viewer, package.Id, target.Identifier, ct);
        if (attempt is null)
        {
            attempt = new ScormAttempt(Guid.CreateVersion7(), viewer, package, target);
            await attempts.InsertAsync(attempt, ct);
        }
        attempt.StartSession();
        await unitOfWork.SaveChangesAsync(ct);

        var lifetime = TimeSpan.FromHours(options.Value.LaunchHours);
        var token = Protector.Protect($"{package.Id:N}|{viewer:N}", clock.GetUtcNow().Add(lifetime));
        var learner = await currentPerson.GetAsync(ct);
        return new ScormLaunchDto
        {
            AttemptId = attempt.Id,
            Session = attempt.SessionNumber,
            Version = package.Version,
            PackageTitle = package.Title,
            ScoIdentifier = target.Identifier,
            ContentUrl = $"{ScormConsts.ContentPath}/{token}/{EscapePath(target.LaunchPath)}",
            CountsForCourse = version is not null,
            Cmi = ScormLaunchData.Of(package, target, attempt, viewer, learner is null ? currentUser.UserName ?? "" : $"{learner.LastName}, {learner.FirstName}"),
        };
    }

    public async Task<ScormCommitResultDto> CommitAsync(Guid attemptId, ScormCommitInput input, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        var attempt = await attempts.FindAsync(attemptId, ct);
        if (attempt is null || attempt.PersonId != viewer) throw new EntityNotFoundException(typeof(ScormAttempt), attemptId);
        var package = await packages.FindAsync(attempt.PackageId, ct) ?? throw new EntityNotFoundException(typeof(ScormPackage), attempt.PackageId);
        var others = (await attempts.GetForPersonAsync(viewer, package.Id, ct)).Where(a => a.Id != attempt.Id).ToList();
        var before = ScormResult.Of(package, [.. others, attempt]);
        var firstCommit = attempt.LastCommitAt is null;

        attempt.Commit(input.Session, input.Cmi, clock.GetUtcNow().UtcDateTime);

        var after = ScormResult.Of(package, [.. others, attempt]);
        // Most commits only move the bookmark; the course hears of the package when its result changes (or first starts).
        if ((after != before || firstCommit) && await LearnerVersionAsync(viewer, package, ct) is { } version)
            await progress.RecordScormResultAsync(viewer, version.Id, after.Completed, after.Passed, after.ScorePercent, ct);
        await unitOfWork.SaveChangesAsync(ct);

        return new ScormCommitResultDto(attempt.Status, attempt.SuccessStatus, attempt.ScorePercent, FormatTime(attempt), after.Completed, after.Passed);
    }

    public async Task<ScormContentFile?> OpenContentAsync(string token, string path, CancellationToken ct)
    {
        Guid packageId;
        try
        {
            var parts = Protector.Unprotect(token).Split('|');
            packageId = Guid.ParseExact(parts[0], "N");
        }
        catch (Exception e) when (e is CryptographicException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
        string relative;
        try
        {
            relative = ScormManifestReader.InPackage(path);
        }
        catch (BusinessException)
        {
            return null;
        }
        var stream = await storage.OpenReadAsync($"{ScormPackage.FolderOf(packageId)}/{relative.Split('?', '#')[0]}", ct);
        return stream is null ? null : new ScormContentFile(stream, relative);
    }

    /// <summary>The package, who runs it (their person id, or an editor's user id when they have no person profile) and the course version results count for.</summary>
    private async Task<(ScormPackage Package, Guid Viewer, CourseVersion? Version)> AccessAsync(Guid packageId, CancellationToken ct)
    {
        var package = await packages.FindAsync(packageId, ct) ?? throw new EntityNotFoundException(typeof(ScormPackage), packageId);
        var person = await currentPerson.GetAsync(ct);
        var version = person is null ? null : await LearnerVersionAsync(person.Id, package, ct);
        if (version is null && !await permissions.IsGrantedAsync(currentUser.Roles, NavLederprogramPermissions.ELearning.Edit, ct))
        {
            if (person is null) throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };
            throw new EntityNotFoundException(typeof(ScormPackage), packageId);
        }
        return (package, person?.Id ?? currentUser.Id ?? throw new EntityNotFoundException(typeof(ScormPackage), packageId), version);
    }

    private async Task<Guid> ViewerAsync(CancellationToken ct) =>
        (await currentPerson.GetAsync(ct))?.Id ?? currentUser.Id ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };

    /// <summary>The version the person is on (the one they started, else the published one), when it has a lesson with the package.</summary>
    private async Task<CourseVersion?> LearnerVersionAsync(Guid personId, ScormPackage package, CancellationToken ct)
    {
        var enrolment = await enrolments.FindAsync(personId, package.CourseId, ct);
        var version = enrolment is not null
            ? await courses.FindVersionAsync(enrolment.CourseVersionId, ct)
            : await courses.FindPublishedVersionAsync(package.CourseId, ct);
        return version is not null && version.Lessons.Any(l => l.ScormPackageId == package.Id) ? version : null;
    }

    private static string EscapePath(string launchPath)
    {
        var query = launchPath.IndexOfAny(['?', '#']);
        var (path, rest) = query < 0 ? (launchPath, "") : (launchPath[..query], launchPath[query..]);
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + rest;
    }

    private static string FormatTime(ScormAttempt attempt) => attempt.Version == ScormVersion.Scorm12
        ? ScormDataModel.FormatTimespan12(attempt.TotalTime)
        : ScormDataModel.FormatInterval2004(attempt.TotalTime);

    private static ScormPackageDto Map(ScormPackage package, IReadOnlyCollection<ScormAttempt> mine)
    {
        var result = ScormResult.Of(package, mine);
        return new ScormPackageDto
        {
            Id = package.Id,
            CourseId = package.CourseId,
            Version = package.Version,
            Title = package.Title,
            FileName = package.FileName,
            FileCount = package.FileCount,
            SizeBytes = package.SizeBytes,
            UploadedAt = package.CreationTime,
            Scos = [.. package.Scos.OrderBy(s => s.Order).Select(s =>
            {
                var attempt = mine.FirstOrDefault(a => a.ScoIdentifier == s.Identifier);
                return new ScormScoDto(s.Identifier, s.Title, s.Level, s.Href is not null, attempt?.Status, attempt?.ScorePercent);
            })],
            Completed = result.Completed,
            Passed = result.Passed,
            ScorePercent = result.ScorePercent,
        };
    }

    private static ScormAttemptDto Map(ScormAttempt attempt, ScormPackage package)
    {
        var sco = package.Scos.FirstOrDefault(s => s.Identifier == attempt.ScoIdentifier);
        return new ScormAttemptDto
        {
            Id = attempt.Id,
            ScoIdentifier = attempt.ScoIdentifier,
            SessionNumber = attempt.SessionNumber,
            Entry = attempt.Entry,
            Exit = attempt.Exit,
            Status = attempt.Status,
            SuccessStatus = attempt.SuccessStatus,
            ScoreRaw = attempt.ScoreRaw,
            ScoreMin = attempt.ScoreMin,
            ScoreMax = attempt.ScoreMax,
            ScoreScaled = attempt.ScoreScaled,
            ScorePercent = attempt.ScorePercent,
            Location = attempt.Location,
            SuspendData = attempt.SuspendData,
            TotalTime = FormatTime(attempt),
            TotalSeconds = attempt.TotalTime.TotalSeconds,
            LastCommitAt = attempt.LastCommitAt,
            Completed = attempt.IsCompleted,
            Passed = sco is null ? null : attempt.IsPassed(sco),
        };
    }
}
