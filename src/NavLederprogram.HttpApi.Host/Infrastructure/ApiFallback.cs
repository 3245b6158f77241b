using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// The answer for an /api path no endpoint took. Routing drops an endpoint whose accepted media types do not include
/// the request's, and then this catch-all is left: when an endpoint exists for the path and method, the body was the
/// problem, so the answer is 415 rather than 404.
/// </summary>
public static class ApiFallback
{
    public static IResult Answer(HttpContext context, EndpointDataSource endpoints)
    {
        var method = context.Request.Method;
        var unreadableBody = endpoints.Endpoints.OfType<RouteEndpoint>().Any(e =>
            e.Metadata.GetMetadata<IAcceptsMetadata>() is not null
            && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true
            && new Microsoft.AspNetCore.Routing.Template.TemplateMatcher(new Microsoft.AspNetCore.Routing.Template.RouteTemplate(e.RoutePattern), new RouteValueDictionary())
                .TryMatch(context.Request.Path, new RouteValueDictionary()));
        if (unreadableBody)
            throw new BadHttpRequestException("The request body has a media type this endpoint cannot read.", StatusCodes.Status415UnsupportedMediaType);
        return Results.Problem(statusCode: StatusCodes.Status404NotFound,
            title: Localization.LocalizationTexts.Get("Error:Title.NotFound"), detail: Localization.LocalizationTexts.Get("Error:EntityNotFound", null, "", ""),
            extensions: new Dictionary<string, object?> { ["code"] = "Error:NotFound" });
    }
}
