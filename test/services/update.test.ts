import { watchForUpdates } from '../../miniprogram/services/update';
import { useWxSpies } from '../helpers/wx';

useWxSpies();

function fakeManager() {
  const handlers: { ready?: () => void } = {};
  const manager = {
    onCheckForUpdate: jest.fn(),
    onUpdateReady: jest.fn((cb: () => void) => {
      handlers.ready = cb;
    }),
    onUpdateFailed: jest.fn(),
    applyUpdate: jest.fn(),
  };
  jest.spyOn(wx, 'getUpdateManager').mockReturnValue(manager as never);
  return { manager, handlers };
}

describe('updates', () => {
  it('offers to restart once a new version is ready, and applies it when the user agrees', () => {
    const { manager, handlers } = fakeManager();
    const modal = jest
      .spyOn(wx, 'showModal')
      .mockImplementation(((o: { success?: (r: { confirm: boolean }) => void }) => o.success?.({ confirm: true })) as never);
    watchForUpdates();
    expect(modal).not.toHaveBeenCalled();
    handlers.ready!();
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '有新版本', confirmText: '重启' }));
    expect(manager.applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('keeps the running version when the user says later', () => {
    const { manager, handlers } = fakeManager();
    jest.spyOn(wx, 'showModal').mockImplementation(((o: { success?: (r: { confirm: boolean }) => void }) => o.success?.({ confirm: false })) as never);
    watchForUpdates();
    handlers.ready!();
    expect(manager.applyUpdate).not.toHaveBeenCalled();
  });
});
