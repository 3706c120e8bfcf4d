import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Flex, Form, Input, Skeleton, Space, Typography } from 'antd';
import { useT } from '../../../lib/i18n';
import { applyProblemToForm, errorMessage } from '../../../lib/problem';
import { useHardshipFile } from '../api/get-hardship-file';
import { useUpdateHardshipFile } from '../api/update-hardship-file';
import { fileToFormValues, toUpdateBody, type FileFormValues } from '../components/file-form-values';
import { HouseholdFields } from '../components/household-fields';

/** 编辑家庭情况: the household's facts (members, incomes and expenses are changed on the file page). */
export function FileEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const file = useHardshipFile(id);
  const [form] = Form.useForm<FileFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateHardshipFile();

  if (file.isPending) return <Skeleton active />;
  if (file.isError) return <Alert type="error" showIcon title={errorMessage(file.error, t)} />;
  const back = `/hardship-files/${id}`;

  const submit = (values: FileFormValues) => {
    setFormError(null);
    update.mutate(
      { id, body: toUpdateBody(values) },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          navigate(back);
        },
        onError: (error) => setFormError(applyProblemToForm(form, error, t)),
      },
    );
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('fileForm.editTitle', { name: file.data.headName, fileNo: file.data.fileNo })}
        </Typography.Title>
        <Link to={back}>{t('fileForm.backToFile')}</Link>
      </Flex>
      <Alert type="info" showIcon title={t('fileForm.membersEditHint')} style={{ marginBottom: 16 }} />
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<FileFormValues> form={form} layout="vertical" initialValues={fileToFormValues(file.data)} onFinish={submit} scrollToFirstError>
        <HouseholdFields form={form} editing={{ bankCardMasked: file.data.bankCardMasked }} />
        <Card title={t('field.notes')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="notes" noStyle>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(back)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
