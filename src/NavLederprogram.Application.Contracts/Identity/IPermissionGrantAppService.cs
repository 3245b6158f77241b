namespace NavLederprogram.Identity;

public interface IPermissionGrantAppService
{
    Task<PermissionGrantMatrixDto> GetMatrixAsync(CancellationToken ct);
    Task<PermissionGrantMatrixDto> SetAsync(SetPermissionGrantInput input, CancellationToken ct);
}
