using NavLederprogram.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace NavLederprogram.HttpApi.Host.Identity;

/// <summary>
/// An access token of a user disabled after it was issued is refused like an expired one (401), so that the app signs them out.
/// Answered from the node's cache of disabled users, not a statement per request.
/// </summary>
public sealed class RejectDisabledUsers(IUserStatusQueries status) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<RejectDisabledUsers>()
            // After OpenIddict's own checks, so that only a valid token's subject is looked up.
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal?.GetClaim(Claims.Subject) is { } subject && context.Principal.GetClaim(HttpCurrentUser.ClientKindClaim) is null
            && Guid.TryParse(subject, out var userId) && await status.IsDisabledAsync(userId))
            context.Reject(Errors.InvalidToken, "The user is disabled.");
    }
}
