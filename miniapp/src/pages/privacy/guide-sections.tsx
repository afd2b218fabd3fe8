import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { COLLECTED, CONTACT, GUIDE_UPDATED, OPERATOR, RIGHTS, SHARING, STORAGE, WECHAT_PRIVACY_ITEMS } from '../../privacy/guide';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <View className="qt-card qt-privacy__section" data-testid={testId}>
      <Text className="qt-privacy__heading">{title}</Text>
      {children}
    </View>
  );
}

function Paragraph({ children }: { children: ReactNode }) {
  return <Text className="qt-privacy__text">{children}</Text>;
}

/** The guide itself, section by section, from privacy/guide.ts (the same data as the text filed with WeChat). */
export function GuideSections() {
  return (
    <>
      <Section title="一、我们是谁" testId="privacy-operator">
        <Paragraph>
          {OPERATOR.service}由{OPERATOR.name}（{OPERATOR.shortName}）组织实施，{OPERATOR.name}是你个人信息的处理者。活动的组织依据是{OPERATOR.shortName}发布的年度活动通知和《工程建设质量信得过班组活动管理办法》。
        </Paragraph>
      </Section>

      <Section title="二、我们收集哪些信息、为什么收集" testId="privacy-collected">
        {COLLECTED.map((item) => (
          <View key={item.title} className="qt-privacy__item" data-testid="privacy-collected-item">
            <Text className="qt-privacy__item-title">{item.title}</Text>
            <Paragraph>收集：{item.what}</Paragraph>
            <Paragraph>用途：{item.why}</Paragraph>
          </View>
        ))}
      </Section>

      <Section title="三、需要你同意后才使用的微信功能" testId="privacy-wechat">
        <Paragraph>以下功能第一次使用前，小程序会请你阅读并同意本指引。你拒绝后这些功能不能使用，其他功能照常使用。</Paragraph>
        {WECHAT_PRIVACY_ITEMS.map((item) => (
          <View key={item.key} className="qt-privacy__item" data-testid="privacy-wechat-item">
            <Text className="qt-privacy__item-title">{item.label}</Text>
            <Paragraph>用途：{item.purpose}。</Paragraph>
            <Paragraph>位置：{item.where}</Paragraph>
          </View>
        ))}
      </Section>

      <Section title="四、保存地点和期限" testId="privacy-storage">
        <Paragraph>保存地点：{STORAGE.location}。</Paragraph>
        <Paragraph>保存期限：{STORAGE.period}。</Paragraph>
      </Section>

      <Section title="五、谁能看到你的信息" testId="privacy-sharing">
        {SHARING.map((line) => (
          <Paragraph key={line}>{line}</Paragraph>
        ))}
      </Section>

      <Section title="六、你的权利" testId="privacy-rights">
        {RIGHTS.map((line) => (
          <Paragraph key={line}>{line}</Paragraph>
        ))}
      </Section>

      <Section title="七、联系我们" testId="privacy-contact">
        <Paragraph>{OPERATOR.name}活动秘书处</Paragraph>
        <Paragraph>电子邮箱：{CONTACT.email}</Paragraph>
        <Paragraph>电话：{CONTACT.phones.join('、')}</Paragraph>
        <Paragraph>网站：{OPERATOR.website}</Paragraph>
        <Paragraph>我们在收到你的请求并核实身份后 {CONTACT.answerWithin}内答复。</Paragraph>
      </Section>

      <Text className="qt-hint qt-privacy__updated">本指引更新于 {GUIDE_UPDATED}。内容变化时，我们会在小程序内弹窗告知，并在本页说明。</Text>
    </>
  );
}
