import { Button, Card, Form, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../lib/i18n';
import type { FileFormValues } from './file-form-values';
import { label } from './file-labels';
import { MemberFields } from './member-fields';
import { newMember, type MemberValues } from './member-values';

/** The card's title follows its own member's relation and name only, so typing elsewhere does not re-render it. */
function MemberTitle({ form, index, position }: { form: FormInstance<FileFormValues>; index: number; position: number }) {
  const t = useT();
  const relation: MemberValues['relation'] = Form.useWatch(['members', index, 'relation'], form);
  const name: string | undefined = Form.useWatch(['members', index, 'name'], form);
  return <>{[t('fileForm.member', { n: position + 1 }), relation && label(t, 'relation', relation), name].filter(Boolean).join(' · ')}</>;
}

/** 家庭成员 of the create form: a card per member, exactly one head, at most 20. */
export function MembersList({ form }: { form: FormInstance<FileFormValues> }) {
  const t = useT();

  return (
    <Form.List
      name="members"
      rules={[
        {
          validator: async (_, value: MemberValues[] | undefined) => {
            const heads = (value ?? []).filter((member) => member?.relation === 'head').length;
            if (heads !== 1) throw new Error(t('member.headRequired', { count: heads }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Card
          title={t('fileForm.section.members')}
          size="small"
          style={{ marginBottom: 16 }}
          extra={
            <Button icon={<PlusOutlined />} onClick={() => add(newMember('spouse'))} disabled={fields.length >= 20} data-testid="add-member">
              {t('member.add')}
            </Button>
          }
        >
          {fields.map((field, index) => {
            return (
              <Card
                key={field.key}
                type="inner"
                size="small"
                style={{ marginBottom: 12 }}
                data-testid={`member-card-${index}`}
                title={<MemberTitle form={form} index={field.name} position={index} />}
                extra={
                  fields.length > 1 && (
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                      {t('common.delete')}
                    </Button>
                  )
                }
              >
                <MemberFields form={form} name={[field.name]} absolute={['members', field.name]} />
              </Card>
            );
          })}
          <Form.ErrorList errors={errors} />
        </Card>
      )}
    </Form.List>
  );
}
