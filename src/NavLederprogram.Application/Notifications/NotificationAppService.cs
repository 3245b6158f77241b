using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Notifications;

public sealed class NotificationAppService(
    ICurrentUser currentUser,
    INotificationRepository notifications,
    NotificationRenderer renderer,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : INotificationAppService
{
    /// <summary>Only users have notifications; a notification that is not the caller's does not exist for them.</summary>
    private Guid UserId => currentUser.Id ?? throw new EntityNotFoundException(typeof(Notification), null);

    public async Task<PagedResult<NotificationDto>> GetMineAsync(NotificationQuery query, CancellationToken ct)
    {
        new InputValidator()
            .InRange(nameof(query.SkipCount), query.SkipCount, 0, int.MaxValue)
            .InRange(nameof(query.MaxResultCount), query.MaxResultCount, 1, NotificationConsts.MaxPageSize)
            .ThrowIfInvalid();
        var page = await notifications.GetPageForUserAsync(UserId, query.UnreadOnly, query.SkipCount, query.MaxResultCount, ct);
        return new PagedResult<NotificationDto>(page.TotalCount, page.Items.Select(ToDto).ToList());
    }

    public async Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken ct) => new(await notifications.CountUnreadAsync(UserId, ct));

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var notification = await notifications.FindForUserAsync(id, UserId, ct) ?? throw new EntityNotFoundException(typeof(Notification), id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(notification);
    }

    public async Task<MarkAllReadResultDto> MarkAllReadAsync(CancellationToken ct) =>
        new(await notifications.MarkAllReadAsync(UserId, clock.GetUtcNow().UtcDateTime, ct));

    public async Task<IReadOnlyList<NotificationPreferenceDto>> GetPreferencesAsync(CancellationToken ct)
    {
        var stored = (await notifications.GetPreferencesAsync(UserId, ct)).ToDictionary(p => p.Kind);
        return Enum.GetValues<NotificationKind>().Select(kind => new NotificationPreferenceDto(kind,
            LocalizationTexts.EnumText(kind), LocalizationTexts.Get($"Notification:Kind.{kind}.Description"),
            stored.TryGetValue(kind, out var p) ? p.EmailEnabled : NotificationPreference.DefaultEmailEnabled)).ToList();
    }

    public async Task<IReadOnlyList<NotificationPreferenceDto>> SavePreferencesAsync(SaveNotificationPreferencesInput input, CancellationToken ct)
    {
        var validator = new InputValidator();
        if (input.Items is null) validator.Add(nameof(input.Items), InputValidator.Required);
        else
        {
            for (var i = 0; i < input.Items.Count; i++)
            {
                validator.RequireEnum($"items[{i}].kind", input.Items[i]?.Kind);
                validator.Require($"items[{i}].email", input.Items[i]?.Email);
            }
            if (input.Items.Where(i => i?.Kind is not null).GroupBy(i => i.Kind).Any(g => g.Count() > 1))
                validator.Add(nameof(input.Items), InputValidator.Duplicate);
        }
        validator.ThrowIfInvalid();

        var userId = UserId;
        var stored = (await notifications.GetPreferencesAsync(userId, ct)).ToDictionary(p => p.Kind);
        foreach (var item in input.Items!)
        {
            if (stored.TryGetValue(item.Kind!.Value, out var preference)) preference.SetEmail(item.Email!.Value);
            else await notifications.InsertPreferenceAsync(new NotificationPreference(userId, item.Kind.Value, item.Email!.Value), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return await GetPreferencesAsync(ct);
    }

    private NotificationDto ToDto(Notification n)
    {
        var (subject, body) = renderer.RenderText(n.TemplateKey, n.Arguments, System.Globalization.CultureInfo.CurrentUICulture.Name);
        return new NotificationDto
        {
            Id = n.Id,
            Kind = n.Kind,
            KindName = LocalizationTexts.EnumText(n.Kind),
            Subject = subject,
            Body = body,
            Link = n.Link,
            CreationTime = n.CreationTime,
            ReadAt = n.ReadAt,
            IsRead = n.IsRead,
        };
    }
}
