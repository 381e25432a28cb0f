import { addNote, deleteNote, loadNotes } from '../../miniprogram/services/notes';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

const input = { channel: 'pay-hotline' as const, at: '2026-11-29 10:30', ticket: 'T1', said: '三个工作日内回电', next: '', remind: '' };

describe('notes storage', () => {
  it('adds, lists and deletes', () => {
    const a = addNote(input, 1000);
    const b = addNote({ ...input, said: '第二次' }, 2000);
    expect(a.ok && b.ok).toBe(true);
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['三个工作日内回电', '第二次']);
    expect(deleteNote(a.note!.id).ok).toBe(true);
    expect(loadNotes().notes.map((n) => n.said)).toEqual(['第二次']);
  });

  it('one corrupted entry is set aside; the others survive', () => {
    addNote(input, 1000);
    const b = addNote({ ...input, said: '好的那条' }, 2000);
    const [firstId] = JSON.parse(wxs().storage.get('wsn:notes:index') as string) as string[];
    wxs().storage.set(`wsn:note:${firstId}`, '{"channel":"pay-hot');
    const loaded = loadNotes();
    expect(loaded.damaged).toBe(1);
    expect(loaded.notes.map((n) => n.id)).toEqual([b.note!.id]);
  });

  it('wrong types are coerced rather than dropped', () => {
    wxs().storage.set('wsn:notes:index', JSON.stringify(['x']));
    wxs().storage.set('wsn:note:x', JSON.stringify({ channel: 'phone', at: '2026-11-29 10:30', said: 42, ticket: 7 }));
    expect(loadNotes().notes[0]).toEqual(expect.objectContaining({ said: '42', ticket: '7' }));
  });

  it('a lost index is rebuilt from the note keys', () => {
    const a = addNote(input, 1000);
    wxs().storage.set('wsn:notes:index', 'not json');
    expect(loadNotes().notes.map((n) => n.id)).toEqual([a.note!.id]);
  });

  it('old-format storage (one array) is migrated, keeping every readable entry', () => {
    wxs().storage.set(
      'wsn:notes',
      JSON.stringify([
        { channelId: 'phone', time: '2026-01-02T03:04:05Z', content: '旧记录' },
        'garbage',
        { channel: 'kf-web', at: '2026-01-03 08:00', said: '另一条' },
      ]),
    );
    const loaded = loadNotes();
    expect(loaded.notes.map((n) => n.said).sort()).toEqual(['另一条', '旧记录']);
    expect(loaded.damaged).toBe(1);
    expect(wxs().storage.has('wsn:notes')).toBe(false);
    expect(loadNotes().notes).toHaveLength(2);
  });

  it('a full storage reports it and loses nothing already saved', () => {
    const a = addNote(input, 1000);
    (wx.setStorageSync as unknown as jest.SpyInstance).mockImplementation(() => {
      throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' };
    });
    const result = addNote({ ...input, said: '新的' }, 2000);
    expect(result).toEqual({ ok: false, full: true });
    expect(loadNotes().notes.map((n) => n.id)).toEqual([a.note!.id]);
  });
});
