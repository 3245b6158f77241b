using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace NavLederprogram.ELearning;

/// <summary>
/// Links to course files that an img, video or track element can load: the browser sends no bearer token with them, so
/// the link itself carries the permission, as a time-limited token made with the app's data-protection keys (shared by
/// every node). Links are handed out only with a course the caller may see; one link reads one file.
/// </summary>
public sealed class CourseFileLinks(IDataProtectionProvider dataProtection, IOptions<CourseFileOptions> options, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("NavLederprogram.ELearning.CourseFileLink").ToTimeLimitedDataProtector();

    /// <summary>The readable link to a file.</summary>
    public string Url(Guid fileId)
    {
        var token = _protector.Protect(fileId.ToString("N"), clock.GetUtcNow().AddHours(options.Value.LinkLifetimeHours));
        return $"{LessonHtml.FileUrlPrefix}{fileId:D}?access={Uri.EscapeDataString(token)}";
    }

    /// <summary>Sanitized lesson HTML with a readable link on each picture.</summary>
    public string? WithLinks(string? html) => LessonHtml.WithLinks(html, Url);

    /// <summary>Whether <paramref name="access"/> is an unexpired token for this very file.</summary>
    public bool Allows(Guid fileId, string? access)
    {
        if (string.IsNullOrEmpty(access) || access.Length > 2000) return false;
        try
        {
            return _protector.Unprotect(access, out var expires) == fileId.ToString("N") && expires > clock.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
