using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.CookiePolicy;
using NetEscapades.AspNetCore.SecurityHeaders.Infrastructure;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Which header policy answers which path: the longest matching prefix wins, everything else gets <see cref="App"/>.
/// Content that needs a looser policy (e-learning packages, the API reference page) gets its own prefix here.
/// </summary>
public static partial class SecurityHeaders
{
    public const string App = "app";
    public const string ApiReference = "api-reference";
    public const string CourseFiles = "course-files";
    public const string ScormContent = "scorm-content";

    public static readonly IReadOnlyList<(PathString Prefix, string Policy)> PathPolicies =
    [
        ("/scalar", ApiReference),
        ("/api/e-learning/files", CourseFiles),
        ("/scorm-content", ScormContent),
    ];

    public static string PolicyFor(PathString path) =>
        PathPolicies.Where(p => path.StartsWithSegments(p.Prefix)).OrderByDescending(p => p.Prefix.Value!.Length)
            .Select(p => p.Policy).FirstOrDefault() ?? App;

    public static IServiceCollection AddNavLederprogramSecurityHeaders(this IServiceCollection services, IWebHostEnvironment environment, IEnumerable<string> spaScriptHashes)
    {
        var production = environment.IsProduction();
        var hashes = spaScriptHashes.ToList();
        services.AddSecurityHeaderPolicies(b =>
        {
            var app = Common(production).AddContentSecurityPolicy(csp =>
            {
                Base(csp);
                var scripts = csp.AddScriptSrc().Self();
                // The Angular build inlines one small script that switches the critical-CSS stylesheet on; its hash is read from the build.
                foreach (var hash in hashes) scripts.WithHash256(hash);
                // Angular and Angular Material add <style> elements at run time (component styles, overlays), and the build inlines
                // the critical CSS: allowing inline styles is the price. Styles cannot run code, so scripts stay strict.
                csp.AddStyleSrc().Self().UnsafeInline();
            });
            // The API reference renders its configuration as an inline script; it carries no user data or session.
            var apiReference = Common(production).AddContentSecurityPolicy(csp =>
            {
                Base(csp);
                csp.AddScriptSrc().Self().UnsafeInline();
                csp.AddStyleSrc().Self().UnsafeInline();
            });
            // Uploaded course files are pictures, video, captions and downloads: nothing in them may run, even opened on their own.
            var courseFiles = Common(production).AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().None();
                csp.AddSandbox();
            });
            b.AddPolicy(CourseFiles, courseFiles);
            // SCORM packages from authoring tools use inline scripts and styles, eval, blobs and data URLs, and are framed by the
            // player page, which holds the run-time API: nothing leaves the origin, and only our own pages may frame them.
            var scormContent = Common(production, frameOptions: false).AddFrameOptionsSameOrigin().AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().Self();
                csp.AddScriptSrc().Self().UnsafeInline().UnsafeEval();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data().Blob();
                csp.AddMediaSrc().Self().Data().Blob();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddWorkerSrc().Self().Blob();
            });
            b.AddPolicy(App, app);
            b.AddPolicy(ApiReference, apiReference);
            b.AddPolicy(ScormContent, scormContent);
            b.SetDefaultPolicy(app);
            b.SetPolicySelector(context => context.ConfiguredPolicies[PolicyFor(context.HttpContext.Request.Path)]);
        });

        // Every cookie the host writes (sign-in, antiforgery, language) is Secure in Production; local HTTP keeps working elsewhere.
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.ConfigureApplicationCookie(o => o.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return services;
    }

    private static HeaderPolicyCollection Common(bool production, bool frameOptions = true)
    {
        var headers = new HeaderPolicyCollection().AddContentTypeOptionsNoSniff();
        if (frameOptions) headers.AddFrameOptionsDeny();
        headers
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
            .AddPermissionsPolicy(p =>
            {
                p.AddCamera().None();
                p.AddMicrophone().None();
                p.AddGeolocation().None();
                p.AddPayment().None();
                p.AddUsb().None();
                p.AddFullscreen().Self();
            })
            .RemoveServerHeader();
        // Only in Production: a browser remembers HSTS for a year, which would break plain-HTTP development on localhost.
        if (production) headers.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 365 * 24 * 60 * 60);
        return headers;
    }

    private static void Base(CspBuilder csp)
    {
        csp.AddDefaultSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().Self();
        csp.AddFormAction().Self();
        csp.AddFrameAncestors().None();
        csp.AddImgSrc().Self().Data();
        csp.AddFontSrc().Self().Data();
        csp.AddConnectSrc().Self();
    }

    /// <summary>SHA-256 (base64) of every inline script in the built index.html, so the policy allows exactly those.</summary>
    public static IEnumerable<string> InlineScriptHashes(string indexHtml) =>
        InlineScript().Matches(indexHtml).Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))));

    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
