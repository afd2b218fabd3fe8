import { useRef, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { Form, Input, TextArea } from '@nutui/nutui-react-taro';
import {
  ACTIVITY_CONTENT_MAX,
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABEL,
  ACTIVITY_PHOTOS_MAX,
  ACTIVITY_PLACE_MAX,
  type ActivityKind,
} from '@cacem/shared';
import type { TeamMember } from '../../api';
import { SubmitBar } from '../../components/submit-bar';
import { todayInBeijing } from '../../utils/format';
import { PhotoPicker } from './photo-picker';

export interface RecordFormValues {
  date: string;
  kind: ActivityKind;
  content: string;
  place: string;
  attendeeIds: number[];
  photos: string[];
}

export interface RecordFormProps {
  members: TeamMember[];
  /** Resolves once saved on the phone; rejects with the text to show. */
  onSave: (values: RecordFormValues) => Promise<void>;
}

interface ControlProps<T> {
  value?: T;
  onChange?: (value: T) => void;
}

function DateField({ value = '', onChange }: ControlProps<string>) {
  return (
    <Picker mode="date" value={value} end={todayInBeijing()} onChange={(e) => onChange?.(String(e.detail.value))}>
      <Text className="qt-record-form__date" data-testid="record-date">
        {value}
      </Text>
    </Picker>
  );
}

function KindChips({ value, onChange }: ControlProps<ActivityKind>) {
  return (
    <View className="qt-record-form__kinds" data-testid="record-kind">
      {ACTIVITY_KINDS.map((kind) => (
        <Text
          key={kind}
          className={`qt-record-form__kind${value === kind ? ' qt-record-form__kind--on' : ''}`}
          data-testid={`record-kind-${kind}`}
          onClick={() => onChange?.(kind)}
        >
          {ACTIVITY_KIND_LABEL[kind]}
        </Text>
      ))}
    </View>
  );
}

function AttendeeChips({ value = [], onChange, members }: ControlProps<number[]> & { members: TeamMember[] }) {
  const toggle = (id: number) => onChange?.(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  const all = members.length > 0 && members.every((m) => value.includes(m.id));
  return (
    <View className="qt-record-form__kinds" data-testid="record-attendees">
      {members.length > 1 && (
        <Text
          className={`qt-record-form__kind${all ? ' qt-record-form__kind--on' : ''}`}
          data-testid="record-attendee-all"
          onClick={() => onChange?.(all ? [] : members.map((m) => m.id))}
        >
          全员
        </Text>
      )}
      {members.map((m) => (
        <Text
          key={m.id}
          className={`qt-record-form__kind${value.includes(m.id) ? ' qt-record-form__kind--on' : ''}`}
          data-testid={`record-attendee-${m.id}`}
          onClick={() => toggle(m.id)}
        >
          {m.name}
        </Text>
      ))}
      {members.length === 0 && <Text className="qt-hint">班组成员名单暂不可用（无网络时可先不选）。</Text>}
    </View>
  );
}

const notBlank = (_rule: unknown, value: string | undefined) => (value ?? '').trim() !== '';

/** The on-site record: few fields, big targets; saving only writes to the phone. */
export function RecordForm({ members, onSave }: RecordFormProps) {
  const [form] = Form.useForm();
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  // A second tap before the first has drawn the button busy would queue the record twice (two clientKeys).
  const savingNow = useRef(false);

  const finish = async (values: RecordFormValues) => {
    if (savingNow.current) return;
    savingNow.current = true;
    setError('');
    setSaving(true);
    try {
      await onSave({
        ...values,
        content: values.content.trim(),
        place: (values.place ?? '').trim(),
        attendeeIds: values.attendeeIds ?? [],
        photos: values.photos ?? [],
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      savingNow.current = false;
      setSaving(false);
    }
  };

  return (
    <View className="qt-record-form">
      <Form
        form={form}
        labelPosition="top"
        initialValues={{ date: todayInBeijing(), kind: ACTIVITY_KINDS[0], content: '', place: '', attendeeIds: [], photos: [] }}
        onFinish={(values: RecordFormValues) => void finish(values)}
      >
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
          <DateField />
        </Form.Item>
        <Form.Item label="活动类型" name="kind" rules={[{ required: true, message: '请选择活动类型' }]}>
          <KindChips />
        </Form.Item>
        <Form.Item
          label="活动内容"
          name="content"
          rules={[
            { required: true, message: '请填写活动内容' },
            { validator: notBlank, message: '请填写活动内容' },
          ]}
        >
          <TextArea placeholder="讲了什么、查了什么、发现和整改了什么" maxLength={ACTIVITY_CONTENT_MAX} showCount autoSize data-testid="record-content" />
        </Form.Item>
        <Form.Item
          label="地点"
          name="place"
          rules={[
            { required: true, message: '请填写活动地点' },
            { validator: notBlank, message: '请填写活动地点' },
          ]}
        >
          <Input name="place" placeholder="例如：3 号楼 12 层" maxLength={ACTIVITY_PLACE_MAX} data-testid="record-place" />
        </Form.Item>
        <Form.Item label="参加人员" name="attendeeIds">
          <AttendeeChips members={members} />
        </Form.Item>
        <Form.Item label={`现场照片（最多 ${ACTIVITY_PHOTOS_MAX} 张）`} name="photos">
          <PhotoPicker max={ACTIVITY_PHOTOS_MAX} />
        </Form.Item>
      </Form>
      <SubmitBar label="保存记录" submitting={saving} onSubmit={() => form.submit()} error={error} testIdPrefix="record-save" />
      <Text className="qt-hint">保存后先存在手机里，有网络时自动上传，不会丢失。</Text>
    </View>
  );
}
