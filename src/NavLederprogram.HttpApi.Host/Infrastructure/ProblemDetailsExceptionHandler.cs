using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NavLederprogram.Localization;
using NavLederprogram.Validation;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Turns every exception into a localized ProblemDetails: field errors → 400, broken rules → 400/409,
/// missing → 404, stale → 409. Anything else is logged and answered with a 500 that reveals nothing.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, args) = exception switch
        {
            ValidationFailedException v => (StatusCodes.Status400BadRequest, v.Code, v.MessageArguments),
            EntityNotFoundException n => (StatusCodes.Status404NotFound, n.Code, Array.Empty<object?>()),
            ConcurrencyConflictException c => (StatusCodes.Status409Conflict, c.Code, c.MessageArguments),
            BusinessException b => (b.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, b.Code, b.MessageArguments),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, NavLederprogramErrorCodes.ConcurrencyConflict, []),
            DbUpdateException => (StatusCodes.Status409Conflict, "Error:Conflict", []),
            RequestTooLargeException large => (StatusCodes.Status413PayloadTooLarge, "Error:TooLargeLimit", [large.LimitMegabytes]),
            // A form over the endpoint's limit without a declared length is only noticed while the multipart reader reads it.
            InvalidDataException when FormLimit(context) is { } limit && exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
                (StatusCodes.Status413PayloadTooLarge, "Error:TooLargeLimit", [new RequestTooLargeException(limit).LimitMegabytes]),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Error:TooLarge",
                StatusCodes.Status415UnsupportedMediaType => "Error:UnsupportedMediaType",
                _ => "Error:BadRequest",
            }, []),
            InvalidDataException or IOException when !context.RequestAborted.IsCancellationRequested => (StatusCodes.Status400BadRequest, "Error:BadRequest", []),
            _ => (StatusCodes.Status500InternalServerError, NavLederprogramErrorCodes.Unexpected, []),
        };
        if (status == StatusCodes.Status500InternalServerError) logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
        else logger.LogInformation("Request to {Path} refused with {Status} {Code}", context.Request.Path, status, code);

        var problem = new ProblemDetails
        {
            Status = status,
            Title = LocalizationTexts.Get(TitleKey(status)),
            // An argument that is itself a text key (a state's name) is shown in the reader's language too.
            Detail = LocalizationTexts.Get(code, null, [.. args.Select(a => a is string key && key.StartsWith("Enum:", StringComparison.Ordinal) ? LocalizationTexts.Get(key) : a)]),
            Type = $"https://httpstatuses.io/{status}",
        };
        problem.Extensions["code"] = code;
        if (exception is ValidationFailedException validation)
            problem.Extensions["errors"] = validation.Errors.ToDictionary(e => e.Key, e => e.Value.Select(f => LocalizationTexts.Get(f.Key, null, f.Arguments)).ToArray());
        else if (exception is BusinessException { Field: { } field })
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
        // An unreadable JSON value (text for a number, "" for an id) names its field, so the form can show it there.
        else if (exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } json })
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [path[2..]] = [json is DateOutOfRangeException ? LocalizationTexts.Get(InputValidator.DateRange, null, SupportedDates.Min.ToString("yyyy-MM-dd"), SupportedDates.Max.ToString("yyyy-MM-dd")) : LocalizationTexts.Get("Validation:Format")],
            };

        context.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static long? FormLimit(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IFormOptionsMetadata>()?.MultipartBodyLengthLimit;

    public static string TitleKey(int status) => status switch
    {
        400 => "Error:Title.BadRequest",
        401 => "Error:Title.Unauthorized",
        403 => "Error:Title.Forbidden",
        404 => "Error:Title.NotFound",
        409 => "Error:Title.Conflict",
        413 => "Error:Title.TooLarge",
        415 => "Error:Title.UnsupportedMediaType",
        429 => "Error:Title.TooManyRequests",
        _ => "Error:Title.Unexpected",
    };
}
